stub: upstream file of 16560 bytes
