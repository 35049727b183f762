stub: upstream file of 25481 bytes
