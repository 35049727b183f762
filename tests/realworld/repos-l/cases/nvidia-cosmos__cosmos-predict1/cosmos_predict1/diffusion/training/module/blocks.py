stub: upstream file of 44834 bytes
