stub: upstream file of 11450 bytes
