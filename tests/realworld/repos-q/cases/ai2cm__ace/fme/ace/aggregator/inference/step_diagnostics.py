stub: upstream file of 17990 bytes
