stub: upstream file of 14754 bytes
