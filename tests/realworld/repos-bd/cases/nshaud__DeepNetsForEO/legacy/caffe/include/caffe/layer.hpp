stub: upstream file of 16935 bytes
