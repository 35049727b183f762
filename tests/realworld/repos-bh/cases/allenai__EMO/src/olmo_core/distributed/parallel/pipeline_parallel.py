stub: upstream file of 6933 bytes
