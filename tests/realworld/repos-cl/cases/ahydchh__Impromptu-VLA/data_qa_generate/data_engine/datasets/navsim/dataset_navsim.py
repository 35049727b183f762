stub: upstream file of 24606 bytes
