stub: upstream file of 20560 bytes
