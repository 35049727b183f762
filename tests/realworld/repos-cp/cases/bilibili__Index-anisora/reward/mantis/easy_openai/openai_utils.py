stub: upstream file of 25432 bytes
