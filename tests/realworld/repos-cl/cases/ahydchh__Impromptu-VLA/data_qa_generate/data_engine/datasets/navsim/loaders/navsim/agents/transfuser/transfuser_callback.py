stub: upstream file of 10113 bytes
