stub: upstream file of 26476 bytes
