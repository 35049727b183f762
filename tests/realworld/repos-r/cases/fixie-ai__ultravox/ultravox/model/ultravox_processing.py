stub: upstream file of 17639 bytes
