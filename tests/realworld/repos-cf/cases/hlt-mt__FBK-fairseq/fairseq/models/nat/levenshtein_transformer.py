stub: upstream file of 20104 bytes
