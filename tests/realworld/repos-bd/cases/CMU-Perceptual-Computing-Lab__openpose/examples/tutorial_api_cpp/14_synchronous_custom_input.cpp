stub: upstream file of 10543 bytes
