stub: upstream file of 14834 bytes
