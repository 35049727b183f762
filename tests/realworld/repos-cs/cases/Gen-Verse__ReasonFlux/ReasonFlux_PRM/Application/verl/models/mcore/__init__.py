stub: upstream file of 881 bytes
