stub: upstream file of 9745 bytes
