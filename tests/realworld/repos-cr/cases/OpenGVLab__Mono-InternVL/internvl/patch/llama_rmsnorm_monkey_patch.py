stub: upstream file of 606 bytes
