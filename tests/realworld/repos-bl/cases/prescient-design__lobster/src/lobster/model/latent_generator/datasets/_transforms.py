stub: upstream file of 29606 bytes
