stub: upstream file of 6834 bytes
