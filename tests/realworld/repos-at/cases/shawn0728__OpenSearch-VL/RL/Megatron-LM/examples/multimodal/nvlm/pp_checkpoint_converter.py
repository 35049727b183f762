stub: upstream file of 7606 bytes
