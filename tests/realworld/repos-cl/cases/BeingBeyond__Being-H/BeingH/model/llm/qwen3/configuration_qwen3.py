stub: upstream file of 10681 bytes
