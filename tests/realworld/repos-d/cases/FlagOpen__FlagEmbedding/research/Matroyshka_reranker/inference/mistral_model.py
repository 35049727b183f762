stub: upstream file of 33412 bytes
