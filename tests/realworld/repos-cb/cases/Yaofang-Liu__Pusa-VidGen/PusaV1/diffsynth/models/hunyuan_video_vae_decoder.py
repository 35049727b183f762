stub: upstream file of 19320 bytes
