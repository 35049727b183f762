stub: upstream file of 23448 bytes
