stub: upstream file of 3111 bytes
