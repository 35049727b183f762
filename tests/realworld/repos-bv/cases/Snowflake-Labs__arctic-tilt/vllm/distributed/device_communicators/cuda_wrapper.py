stub: upstream file of 7128 bytes
