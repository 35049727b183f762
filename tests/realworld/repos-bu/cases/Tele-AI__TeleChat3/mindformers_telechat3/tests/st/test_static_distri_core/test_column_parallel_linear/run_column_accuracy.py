stub: upstream file of 10548 bytes
