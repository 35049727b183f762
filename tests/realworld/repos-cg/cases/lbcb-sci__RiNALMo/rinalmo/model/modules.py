stub: upstream file of 5573 bytes
