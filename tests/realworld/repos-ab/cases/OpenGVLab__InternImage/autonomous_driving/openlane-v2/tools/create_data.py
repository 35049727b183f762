stub: upstream file of 11328 bytes
