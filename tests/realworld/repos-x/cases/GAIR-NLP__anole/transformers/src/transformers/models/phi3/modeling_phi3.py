stub: upstream file of 77335 bytes
