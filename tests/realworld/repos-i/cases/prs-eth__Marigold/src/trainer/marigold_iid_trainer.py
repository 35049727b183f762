stub: upstream file of 30432 bytes
