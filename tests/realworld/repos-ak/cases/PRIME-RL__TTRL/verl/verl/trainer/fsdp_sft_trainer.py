stub: upstream file of 25361 bytes
