stub: upstream file of 64984 bytes
