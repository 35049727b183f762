stub: upstream file of 19702 bytes
