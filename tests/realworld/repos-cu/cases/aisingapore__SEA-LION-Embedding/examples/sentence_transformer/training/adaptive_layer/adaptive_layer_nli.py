stub: upstream file of 5016 bytes
