stub: upstream file of 20432 bytes
