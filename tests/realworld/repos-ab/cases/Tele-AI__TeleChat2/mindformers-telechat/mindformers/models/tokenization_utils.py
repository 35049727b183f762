stub: upstream file of 52475 bytes
