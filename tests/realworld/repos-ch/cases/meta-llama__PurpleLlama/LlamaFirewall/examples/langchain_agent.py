stub: upstream file of 8788 bytes
