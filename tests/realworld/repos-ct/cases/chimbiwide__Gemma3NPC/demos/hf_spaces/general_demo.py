stub: upstream file of 12793 bytes
