stub: upstream file of 523 bytes
