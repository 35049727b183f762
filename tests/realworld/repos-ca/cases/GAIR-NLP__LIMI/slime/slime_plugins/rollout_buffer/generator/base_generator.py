stub: upstream file of 12335 bytes
