stub: upstream file of 104 bytes
