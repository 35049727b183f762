stub: upstream file of 11979 bytes
