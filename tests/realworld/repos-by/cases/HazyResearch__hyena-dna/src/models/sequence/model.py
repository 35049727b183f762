stub: upstream file of 5606 bytes
