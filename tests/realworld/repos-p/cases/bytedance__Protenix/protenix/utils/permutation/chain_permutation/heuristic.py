stub: upstream file of 36759 bytes
