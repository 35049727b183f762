stub: upstream file of 28457 bytes
