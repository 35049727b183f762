stub: upstream file of 23969 bytes
