stub: upstream file of 36646 bytes
