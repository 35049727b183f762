stub: upstream file of 5042 bytes
