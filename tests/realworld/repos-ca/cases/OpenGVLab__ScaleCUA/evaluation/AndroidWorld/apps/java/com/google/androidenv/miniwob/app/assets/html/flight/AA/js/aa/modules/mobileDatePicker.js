stub: upstream file of 9279 bytes
