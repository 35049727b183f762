stub: upstream file of 25553 bytes
