stub: upstream file of 6983 bytes
