stub: upstream file of 6785 bytes
