stub: upstream file of 54545 bytes
