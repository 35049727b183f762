stub: upstream file of 10335 bytes
