stub: upstream file of 8983 bytes
