stub: upstream file of 19570 bytes
