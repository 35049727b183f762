stub: upstream file of 14460 bytes
