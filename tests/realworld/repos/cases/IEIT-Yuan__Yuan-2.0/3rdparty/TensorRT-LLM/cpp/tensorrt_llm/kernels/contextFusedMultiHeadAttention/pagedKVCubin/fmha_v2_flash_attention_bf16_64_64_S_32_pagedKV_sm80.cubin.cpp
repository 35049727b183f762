stub: upstream file of 374184 bytes
