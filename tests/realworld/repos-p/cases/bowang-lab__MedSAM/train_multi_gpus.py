stub: upstream file of 18258 bytes
