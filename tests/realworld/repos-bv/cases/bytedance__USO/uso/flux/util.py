stub: upstream file of 16830 bytes
