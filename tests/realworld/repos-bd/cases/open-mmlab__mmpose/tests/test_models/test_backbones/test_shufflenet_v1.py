stub: upstream file of 8772 bytes
