stub: upstream file of 11261 bytes
