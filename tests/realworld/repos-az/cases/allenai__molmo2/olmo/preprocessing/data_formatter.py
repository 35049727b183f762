stub: upstream file of 99433 bytes
