stub: upstream file of 20134 bytes
