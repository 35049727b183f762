stub: upstream file of 7264 bytes
