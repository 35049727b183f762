stub: upstream file of 6863 bytes
