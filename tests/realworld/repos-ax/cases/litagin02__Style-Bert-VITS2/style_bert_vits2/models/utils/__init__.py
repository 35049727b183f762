stub: upstream file of 8533 bytes
