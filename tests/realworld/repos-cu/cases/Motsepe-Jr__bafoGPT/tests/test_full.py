stub: upstream file of 2938 bytes
