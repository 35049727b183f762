stub: upstream file of 17015 bytes
