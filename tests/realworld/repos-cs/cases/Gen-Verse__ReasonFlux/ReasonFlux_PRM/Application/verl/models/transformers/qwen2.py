stub: upstream file of 10104 bytes
