stub: upstream file of 6624 bytes
