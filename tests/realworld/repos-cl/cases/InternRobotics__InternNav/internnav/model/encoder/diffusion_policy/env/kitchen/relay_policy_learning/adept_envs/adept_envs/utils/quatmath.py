stub: upstream file of 6534 bytes
