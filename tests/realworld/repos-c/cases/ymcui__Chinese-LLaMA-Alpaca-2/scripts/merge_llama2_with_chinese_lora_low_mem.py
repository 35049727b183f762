stub: upstream file of 15335 bytes
