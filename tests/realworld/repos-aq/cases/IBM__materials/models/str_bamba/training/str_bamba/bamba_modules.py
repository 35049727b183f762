stub: upstream file of 9610 bytes
