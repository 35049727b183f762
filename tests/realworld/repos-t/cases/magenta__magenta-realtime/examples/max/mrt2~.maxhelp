stub: upstream file of 82834 bytes
