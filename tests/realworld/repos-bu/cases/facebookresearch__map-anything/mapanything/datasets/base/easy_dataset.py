stub: upstream file of 15177 bytes
