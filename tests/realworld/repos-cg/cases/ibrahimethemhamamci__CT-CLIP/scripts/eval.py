stub: upstream file of 11312 bytes
