stub: upstream file of 6634 bytes
