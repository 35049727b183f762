stub: upstream file of 22211 bytes
