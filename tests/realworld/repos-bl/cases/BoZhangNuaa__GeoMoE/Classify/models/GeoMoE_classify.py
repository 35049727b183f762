stub: upstream file of 16437 bytes
