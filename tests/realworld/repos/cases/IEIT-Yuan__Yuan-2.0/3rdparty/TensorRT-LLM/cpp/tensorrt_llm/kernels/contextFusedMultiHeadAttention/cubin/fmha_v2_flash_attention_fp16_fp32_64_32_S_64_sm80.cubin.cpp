stub: upstream file of 335485 bytes
