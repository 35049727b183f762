stub: upstream file of 20989 bytes
