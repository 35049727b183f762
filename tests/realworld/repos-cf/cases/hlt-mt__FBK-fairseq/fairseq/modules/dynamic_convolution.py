stub: upstream file of 12111 bytes
