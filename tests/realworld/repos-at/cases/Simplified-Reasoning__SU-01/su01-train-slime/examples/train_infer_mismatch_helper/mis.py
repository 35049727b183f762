stub: upstream file of 22111 bytes
