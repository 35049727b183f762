stub: upstream file of 42900 bytes
