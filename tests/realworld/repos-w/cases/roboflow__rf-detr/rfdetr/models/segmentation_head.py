stub: upstream file of 11833 bytes
