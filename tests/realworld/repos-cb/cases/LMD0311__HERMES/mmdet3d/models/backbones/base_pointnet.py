stub: upstream file of 1335 bytes
