stub: upstream file of 17483 bytes
