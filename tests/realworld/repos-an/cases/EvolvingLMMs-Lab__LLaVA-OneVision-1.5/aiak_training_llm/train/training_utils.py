stub: upstream file of 53123 bytes
