stub: upstream file of 13702 bytes
