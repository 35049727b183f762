stub: upstream file of 20942 bytes
