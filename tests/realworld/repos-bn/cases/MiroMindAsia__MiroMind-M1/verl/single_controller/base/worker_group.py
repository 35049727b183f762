stub: upstream file of 7556 bytes
