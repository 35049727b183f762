stub: upstream file of 5957 bytes
