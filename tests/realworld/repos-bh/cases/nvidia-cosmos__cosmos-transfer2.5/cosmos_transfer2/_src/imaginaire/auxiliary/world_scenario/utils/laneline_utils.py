stub: upstream file of 17606 bytes
