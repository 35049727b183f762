stub: upstream file of 22287 bytes
