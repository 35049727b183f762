stub: upstream file of 24048 bytes
