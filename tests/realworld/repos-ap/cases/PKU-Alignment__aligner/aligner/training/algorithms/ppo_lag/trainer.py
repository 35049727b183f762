stub: upstream file of 19111 bytes
