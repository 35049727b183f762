stub: upstream file of 22342 bytes
