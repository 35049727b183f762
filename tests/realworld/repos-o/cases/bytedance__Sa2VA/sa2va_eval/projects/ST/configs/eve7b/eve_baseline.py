stub: upstream file of 18310 bytes
