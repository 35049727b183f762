stub: upstream file of 43111 bytes
