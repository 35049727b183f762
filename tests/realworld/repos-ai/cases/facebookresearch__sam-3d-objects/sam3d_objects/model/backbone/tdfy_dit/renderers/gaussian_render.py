stub: upstream file of 10572 bytes
