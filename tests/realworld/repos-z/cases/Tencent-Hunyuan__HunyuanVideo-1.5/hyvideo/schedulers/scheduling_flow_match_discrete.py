stub: upstream file of 11902 bytes
