stub: upstream file of 8104 bytes
