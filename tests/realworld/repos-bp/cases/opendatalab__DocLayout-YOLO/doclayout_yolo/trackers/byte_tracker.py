stub: upstream file of 18877 bytes
