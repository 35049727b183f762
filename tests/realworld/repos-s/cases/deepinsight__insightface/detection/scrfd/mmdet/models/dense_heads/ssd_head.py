stub: upstream file of 10606 bytes
