stub: upstream file of 22307 bytes
