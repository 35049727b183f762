stub: upstream file of 24335 bytes
