stub: upstream file of 8195 bytes
