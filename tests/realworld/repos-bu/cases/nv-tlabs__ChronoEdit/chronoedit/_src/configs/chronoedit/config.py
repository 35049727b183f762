stub: upstream file of 4070 bytes
