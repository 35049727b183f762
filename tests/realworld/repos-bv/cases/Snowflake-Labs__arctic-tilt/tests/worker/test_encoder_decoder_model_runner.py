stub: upstream file of 24344 bytes
