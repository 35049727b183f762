stub: upstream file of 64109 bytes
