stub: upstream file of 9138 bytes
