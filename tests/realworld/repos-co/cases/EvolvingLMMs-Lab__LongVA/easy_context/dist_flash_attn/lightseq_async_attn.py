stub: upstream file of 34222 bytes
