stub: upstream file of 39556 bytes
