stub: upstream file of 13658 bytes
