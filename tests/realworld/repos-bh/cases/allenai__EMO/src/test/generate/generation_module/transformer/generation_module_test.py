stub: upstream file of 25184 bytes
