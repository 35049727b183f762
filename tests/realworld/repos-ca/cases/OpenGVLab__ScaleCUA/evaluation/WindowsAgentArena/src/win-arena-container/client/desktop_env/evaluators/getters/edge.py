stub: upstream file of 16249 bytes
