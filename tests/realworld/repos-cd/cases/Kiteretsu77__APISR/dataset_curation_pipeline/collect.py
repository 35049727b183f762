stub: upstream file of 9226 bytes
