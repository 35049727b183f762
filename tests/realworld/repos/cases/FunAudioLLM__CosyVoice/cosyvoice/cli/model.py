stub: upstream file of 28138 bytes
