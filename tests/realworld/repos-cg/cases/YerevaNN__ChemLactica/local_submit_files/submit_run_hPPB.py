stub: upstream file of 4335 bytes
