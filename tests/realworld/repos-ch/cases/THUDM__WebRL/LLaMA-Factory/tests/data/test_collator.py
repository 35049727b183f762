stub: upstream file of 1834 bytes
