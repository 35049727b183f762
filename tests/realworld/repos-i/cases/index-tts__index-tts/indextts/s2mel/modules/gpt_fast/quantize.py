stub: upstream file of 25606 bytes
