stub: upstream file of 29804 bytes
