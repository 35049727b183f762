stub: upstream file of 28244 bytes
