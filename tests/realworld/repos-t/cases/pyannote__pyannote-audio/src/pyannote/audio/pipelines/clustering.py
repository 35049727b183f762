stub: upstream file of 28156 bytes
