stub: upstream file of 12701 bytes
