stub: upstream file of 14646 bytes
