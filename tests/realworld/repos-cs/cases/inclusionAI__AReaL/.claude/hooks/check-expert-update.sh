stub: upstream file of 2335 bytes
