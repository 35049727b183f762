stub: upstream file of 49247 bytes
