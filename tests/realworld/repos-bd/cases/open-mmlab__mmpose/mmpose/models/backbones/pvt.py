stub: upstream file of 21991 bytes
