stub: upstream file of 78111 bytes
