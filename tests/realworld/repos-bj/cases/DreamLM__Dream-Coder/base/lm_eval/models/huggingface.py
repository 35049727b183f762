stub: upstream file of 62457 bytes
