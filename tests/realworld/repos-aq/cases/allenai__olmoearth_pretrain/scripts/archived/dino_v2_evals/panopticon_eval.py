stub: upstream file of 8335 bytes
