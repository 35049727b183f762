stub: upstream file of 7755 bytes
