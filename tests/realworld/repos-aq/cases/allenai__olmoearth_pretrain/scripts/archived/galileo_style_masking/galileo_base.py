stub: upstream file of 12668 bytes
