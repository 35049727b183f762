stub: upstream file of 4901 bytes
