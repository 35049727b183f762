stub: upstream file of 64765 bytes
