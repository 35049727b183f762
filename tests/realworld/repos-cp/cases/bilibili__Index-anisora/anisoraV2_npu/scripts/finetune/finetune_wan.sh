stub: upstream file of 2209 bytes
