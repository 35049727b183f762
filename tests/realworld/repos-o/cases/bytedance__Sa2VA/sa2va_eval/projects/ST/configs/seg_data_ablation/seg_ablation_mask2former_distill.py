stub: upstream file of 18347 bytes
