stub: upstream file of 924334 bytes
