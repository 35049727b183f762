stub: upstream file of 8015 bytes
