stub: upstream file of 4367 bytes
