stub: upstream file of 26123 bytes
