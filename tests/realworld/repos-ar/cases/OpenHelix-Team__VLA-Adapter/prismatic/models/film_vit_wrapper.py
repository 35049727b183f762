stub: upstream file of 11967 bytes
