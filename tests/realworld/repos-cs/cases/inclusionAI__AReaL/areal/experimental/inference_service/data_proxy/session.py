stub: upstream file of 17834 bytes
