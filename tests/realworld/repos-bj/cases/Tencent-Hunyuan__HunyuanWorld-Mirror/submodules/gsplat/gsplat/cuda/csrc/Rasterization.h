stub: upstream file of 12646 bytes
