stub: upstream file of 5183 bytes
