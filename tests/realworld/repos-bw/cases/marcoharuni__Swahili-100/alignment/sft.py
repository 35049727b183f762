stub: upstream file of 2059 bytes
