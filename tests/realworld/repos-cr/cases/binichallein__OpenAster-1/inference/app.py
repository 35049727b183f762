stub: upstream file of 64300 bytes
