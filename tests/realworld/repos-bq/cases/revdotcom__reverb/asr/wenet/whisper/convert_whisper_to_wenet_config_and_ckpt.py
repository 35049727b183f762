stub: upstream file of 12881 bytes
