stub: upstream file of 16017 bytes
