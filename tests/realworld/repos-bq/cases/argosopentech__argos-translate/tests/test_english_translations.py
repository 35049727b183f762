stub: upstream file of 14223 bytes
