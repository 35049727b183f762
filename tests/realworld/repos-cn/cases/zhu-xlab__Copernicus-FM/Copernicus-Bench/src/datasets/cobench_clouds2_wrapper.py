stub: upstream file of 8732 bytes
