stub: upstream file of 13606 bytes
