stub: upstream file of 22295 bytes
