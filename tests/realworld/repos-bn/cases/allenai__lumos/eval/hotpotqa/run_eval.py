stub: upstream file of 31600 bytes
