stub: upstream file of 7925 bytes
