stub: upstream file of 29111 bytes
