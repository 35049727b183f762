stub: upstream file of 2644 bytes
