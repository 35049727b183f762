stub: upstream file of 5834 bytes
