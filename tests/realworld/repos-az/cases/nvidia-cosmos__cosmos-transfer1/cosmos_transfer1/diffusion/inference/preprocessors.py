stub: upstream file of 10958 bytes
