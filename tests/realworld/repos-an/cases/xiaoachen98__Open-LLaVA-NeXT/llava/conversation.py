stub: upstream file of 15598 bytes
