stub: upstream file of 38423 bytes
