stub: upstream file of 5563 bytes
