stub: upstream file of 8606 bytes
