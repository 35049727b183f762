stub: upstream file of 10136 bytes
