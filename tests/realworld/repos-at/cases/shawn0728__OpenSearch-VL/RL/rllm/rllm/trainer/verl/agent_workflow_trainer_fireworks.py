stub: upstream file of 28212 bytes
