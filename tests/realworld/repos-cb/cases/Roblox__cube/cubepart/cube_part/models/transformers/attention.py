stub: upstream file of 7900 bytes
