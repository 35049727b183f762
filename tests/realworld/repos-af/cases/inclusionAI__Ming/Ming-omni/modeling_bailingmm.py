stub: upstream file of 18209 bytes
