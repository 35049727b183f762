stub: upstream file of 6035 bytes
