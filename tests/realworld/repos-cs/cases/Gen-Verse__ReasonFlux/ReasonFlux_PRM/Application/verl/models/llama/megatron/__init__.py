stub: upstream file of 1165 bytes
