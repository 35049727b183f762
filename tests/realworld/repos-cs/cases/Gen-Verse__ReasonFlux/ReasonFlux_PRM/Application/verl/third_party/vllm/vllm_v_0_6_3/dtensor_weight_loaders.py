stub: upstream file of 17236 bytes
