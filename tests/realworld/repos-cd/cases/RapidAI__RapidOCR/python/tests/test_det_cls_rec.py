stub: upstream file of 1588 bytes
