stub: upstream file of 12279 bytes
