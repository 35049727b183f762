stub: upstream file of 56551 bytes
