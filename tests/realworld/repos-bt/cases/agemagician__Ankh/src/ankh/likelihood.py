stub: upstream file of 10072 bytes
