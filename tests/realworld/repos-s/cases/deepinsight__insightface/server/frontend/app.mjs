stub: upstream file of 93111 bytes
