stub: upstream file of 2957 bytes
