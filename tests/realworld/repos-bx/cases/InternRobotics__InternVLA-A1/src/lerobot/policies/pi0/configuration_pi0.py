stub: upstream file of 8490 bytes
