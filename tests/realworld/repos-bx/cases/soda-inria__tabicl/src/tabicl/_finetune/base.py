stub: upstream file of 45359 bytes
