stub: upstream file of 13393 bytes
