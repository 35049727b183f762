stub: upstream file of 2094 bytes
