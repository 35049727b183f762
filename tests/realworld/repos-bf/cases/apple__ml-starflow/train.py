stub: upstream file of 28317 bytes
