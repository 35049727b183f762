stub: upstream file of 77756 bytes
