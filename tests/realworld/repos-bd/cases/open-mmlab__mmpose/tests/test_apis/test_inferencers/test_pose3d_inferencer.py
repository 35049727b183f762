stub: upstream file of 6576 bytes
