stub: upstream file of 3391 bytes
