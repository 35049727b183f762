stub: upstream file of 1505668 bytes
