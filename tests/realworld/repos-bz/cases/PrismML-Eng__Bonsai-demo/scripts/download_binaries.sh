stub: upstream file of 6606 bytes
