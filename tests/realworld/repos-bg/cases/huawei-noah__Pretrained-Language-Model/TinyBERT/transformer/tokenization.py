stub: upstream file of 15058 bytes
