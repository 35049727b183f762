stub: upstream file of 14148 bytes
