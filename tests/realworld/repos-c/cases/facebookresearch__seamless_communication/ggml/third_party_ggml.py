stub: upstream file of 275599 bytes
