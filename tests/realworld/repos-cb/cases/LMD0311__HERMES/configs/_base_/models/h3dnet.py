stub: upstream file of 10970 bytes
