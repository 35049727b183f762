stub: upstream file of 12123 bytes
