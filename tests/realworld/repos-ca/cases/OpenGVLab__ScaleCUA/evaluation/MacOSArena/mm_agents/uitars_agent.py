stub: upstream file of 38111 bytes
