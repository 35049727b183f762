stub: upstream file of 4759 bytes
