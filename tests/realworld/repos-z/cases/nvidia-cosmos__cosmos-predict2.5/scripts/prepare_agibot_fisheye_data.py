stub: upstream file of 25177 bytes
