stub: upstream file of 5725 bytes
