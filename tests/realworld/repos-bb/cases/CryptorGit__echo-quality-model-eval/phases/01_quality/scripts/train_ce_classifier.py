stub: upstream file of 15101 bytes
