stub: upstream file of 11335 bytes
