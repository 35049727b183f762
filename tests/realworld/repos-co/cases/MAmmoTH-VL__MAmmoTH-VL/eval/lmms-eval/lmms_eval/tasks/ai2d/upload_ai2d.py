stub: upstream file of 5098 bytes
