stub: upstream file of 7096 bytes
