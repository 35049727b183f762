stub: upstream file of 6095 bytes
