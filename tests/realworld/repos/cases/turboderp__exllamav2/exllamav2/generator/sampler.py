stub: upstream file of 21606 bytes
