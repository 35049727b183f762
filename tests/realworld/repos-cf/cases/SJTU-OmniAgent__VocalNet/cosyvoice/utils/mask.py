stub: upstream file of 8351 bytes
