stub: upstream file of 15062 bytes
