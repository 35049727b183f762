stub: upstream file of 13448 bytes
