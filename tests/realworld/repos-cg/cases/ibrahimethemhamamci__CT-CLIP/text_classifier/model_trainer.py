stub: upstream file of 8506 bytes
