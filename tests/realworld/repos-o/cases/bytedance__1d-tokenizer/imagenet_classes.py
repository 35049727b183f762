stub: upstream file of 30591 bytes
