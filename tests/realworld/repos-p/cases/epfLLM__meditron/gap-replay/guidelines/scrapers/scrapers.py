stub: upstream file of 38208 bytes
