stub: upstream file of 6610 bytes
