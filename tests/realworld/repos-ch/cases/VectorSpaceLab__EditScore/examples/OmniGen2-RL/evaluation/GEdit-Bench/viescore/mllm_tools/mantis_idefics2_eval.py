stub: upstream file of 2192 bytes
