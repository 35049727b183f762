stub: upstream file of 50111 bytes
