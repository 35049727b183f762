stub: upstream file of 25469 bytes
