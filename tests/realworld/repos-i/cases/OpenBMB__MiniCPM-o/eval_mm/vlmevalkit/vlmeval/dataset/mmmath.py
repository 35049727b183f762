stub: upstream file of 16098 bytes
