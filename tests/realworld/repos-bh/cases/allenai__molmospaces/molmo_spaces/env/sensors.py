stub: upstream file of 44473 bytes
