stub: upstream file of 16111 bytes
