stub: upstream file of 16335 bytes
