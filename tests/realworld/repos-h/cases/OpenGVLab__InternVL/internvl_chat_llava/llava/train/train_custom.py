stub: upstream file of 41925 bytes
