stub: upstream file of 3042 bytes
