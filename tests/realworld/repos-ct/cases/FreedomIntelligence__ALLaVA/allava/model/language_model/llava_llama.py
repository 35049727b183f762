stub: upstream file of 8616 bytes
