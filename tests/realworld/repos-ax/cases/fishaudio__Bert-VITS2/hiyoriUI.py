stub: upstream file of 30668 bytes
