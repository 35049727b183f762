stub: upstream file of 109668 bytes
