#pragma once

// Kept only for editor/contracteditor.cpp until it includes the headers of the fields it uses; nothing else
// includes this file.

#include "widgets/checkfield.h"
#include "widgets/choicefield.h"
#include "widgets/currencyfield.h"
#include "widgets/fieldeditor.h"
#include "widgets/linefield.h"
#include "widgets/notesfield.h"
