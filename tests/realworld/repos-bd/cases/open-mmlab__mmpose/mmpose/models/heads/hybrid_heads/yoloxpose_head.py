stub: upstream file of 33632 bytes
