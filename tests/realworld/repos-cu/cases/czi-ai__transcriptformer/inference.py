stub: upstream file of 2147 bytes
