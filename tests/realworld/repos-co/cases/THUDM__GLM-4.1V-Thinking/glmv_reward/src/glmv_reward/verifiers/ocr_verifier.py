stub: upstream file of 7600 bytes
