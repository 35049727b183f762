stub: upstream file of 32382 bytes
