stub: upstream file of 41206 bytes
