stub: upstream file of 15765 bytes
