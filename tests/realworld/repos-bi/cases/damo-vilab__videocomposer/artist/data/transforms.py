stub: upstream file of 11702 bytes
