stub: upstream file of 17784 bytes
