stub: upstream file of 35354 bytes
