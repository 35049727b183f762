stub: upstream file of 27111 bytes
