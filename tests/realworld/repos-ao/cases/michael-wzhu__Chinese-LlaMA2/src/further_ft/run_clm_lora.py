stub: upstream file of 28668 bytes
