stub: upstream file of 19668 bytes
