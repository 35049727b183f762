stub: upstream file of 26654 bytes
