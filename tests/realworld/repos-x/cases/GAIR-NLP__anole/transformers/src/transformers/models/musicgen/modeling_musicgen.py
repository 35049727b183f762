stub: upstream file of 147320 bytes
