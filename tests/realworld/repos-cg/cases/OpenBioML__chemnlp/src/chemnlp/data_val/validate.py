stub: upstream file of 595 bytes
