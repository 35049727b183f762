stub: upstream file of 68437 bytes
