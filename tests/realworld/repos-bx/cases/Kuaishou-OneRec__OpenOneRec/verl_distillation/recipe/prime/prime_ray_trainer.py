stub: upstream file of 26528 bytes
