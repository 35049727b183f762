stub: upstream file of 37606 bytes
