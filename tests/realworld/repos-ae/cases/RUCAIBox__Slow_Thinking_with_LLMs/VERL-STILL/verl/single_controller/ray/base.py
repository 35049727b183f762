stub: upstream file of 19243 bytes
