stub: upstream file of 15523 bytes
