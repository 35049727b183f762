stub: upstream file of 75702 bytes
