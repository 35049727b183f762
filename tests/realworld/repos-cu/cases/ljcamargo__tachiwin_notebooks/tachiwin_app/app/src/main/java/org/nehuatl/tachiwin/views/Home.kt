stub: upstream file of 3171 bytes
