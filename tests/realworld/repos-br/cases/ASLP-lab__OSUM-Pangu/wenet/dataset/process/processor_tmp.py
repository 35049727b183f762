stub: upstream file of 98902 bytes
