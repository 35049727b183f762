stub: upstream file of 20606 bytes
