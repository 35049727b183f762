stub: upstream file of 13335 bytes
