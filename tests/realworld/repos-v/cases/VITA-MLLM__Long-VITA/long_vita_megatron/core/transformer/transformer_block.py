stub: upstream file of 19344 bytes
