stub: upstream file of 19241 bytes
