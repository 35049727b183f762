stub: upstream file of 103772 bytes
