stub: upstream file of 28335 bytes
