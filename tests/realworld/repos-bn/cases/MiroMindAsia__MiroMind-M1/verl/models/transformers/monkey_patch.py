stub: upstream file of 7335 bytes
