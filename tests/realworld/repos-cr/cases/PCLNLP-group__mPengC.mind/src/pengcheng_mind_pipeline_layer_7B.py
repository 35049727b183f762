stub: upstream file of 71215 bytes
