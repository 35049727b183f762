stub: upstream file of 8655 bytes
