stub: upstream file of 10684 bytes
