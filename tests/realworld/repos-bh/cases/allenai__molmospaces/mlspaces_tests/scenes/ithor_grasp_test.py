stub: upstream file of 45111 bytes
