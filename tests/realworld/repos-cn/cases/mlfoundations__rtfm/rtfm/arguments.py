stub: upstream file of 8834 bytes
