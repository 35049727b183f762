stub: upstream file of 29393 bytes
