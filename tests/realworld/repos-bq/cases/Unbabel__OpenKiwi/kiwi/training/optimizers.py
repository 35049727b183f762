stub: upstream file of 8957 bytes
