stub: upstream file of 61834 bytes
