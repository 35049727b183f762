stub: upstream file of 30556 bytes
