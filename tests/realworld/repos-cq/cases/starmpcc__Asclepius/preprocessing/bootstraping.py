stub: upstream file of 13598 bytes
