stub: upstream file of 15104 bytes
