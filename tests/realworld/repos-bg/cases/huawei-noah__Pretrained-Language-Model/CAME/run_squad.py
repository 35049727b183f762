stub: upstream file of 55386 bytes
