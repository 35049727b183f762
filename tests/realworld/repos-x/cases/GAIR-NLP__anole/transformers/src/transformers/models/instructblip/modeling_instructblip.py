stub: upstream file of 74017 bytes
