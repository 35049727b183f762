stub: upstream file of 11219 bytes
