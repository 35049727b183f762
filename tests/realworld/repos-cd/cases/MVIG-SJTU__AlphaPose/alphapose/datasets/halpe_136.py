stub: upstream file of 6472 bytes
