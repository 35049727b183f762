stub: upstream file of 5421 bytes
