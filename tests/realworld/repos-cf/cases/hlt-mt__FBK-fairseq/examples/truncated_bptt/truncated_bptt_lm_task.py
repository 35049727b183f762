stub: upstream file of 9124 bytes
