stub: upstream file of 15244 bytes
