stub: upstream file of 10977 bytes
