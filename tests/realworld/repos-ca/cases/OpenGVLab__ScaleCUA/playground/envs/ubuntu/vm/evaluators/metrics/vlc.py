stub: upstream file of 14585 bytes
