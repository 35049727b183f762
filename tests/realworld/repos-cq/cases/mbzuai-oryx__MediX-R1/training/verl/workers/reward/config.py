stub: upstream file of 1490 bytes
