stub: upstream file of 16157 bytes
