stub: upstream file of 13605 bytes
