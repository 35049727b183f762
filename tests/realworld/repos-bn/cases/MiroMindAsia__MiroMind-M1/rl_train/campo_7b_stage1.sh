stub: upstream file of 5290 bytes
