stub: upstream file of 40482 bytes
