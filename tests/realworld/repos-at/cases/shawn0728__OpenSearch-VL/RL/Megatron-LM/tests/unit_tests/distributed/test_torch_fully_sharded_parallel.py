stub: upstream file of 4428 bytes
