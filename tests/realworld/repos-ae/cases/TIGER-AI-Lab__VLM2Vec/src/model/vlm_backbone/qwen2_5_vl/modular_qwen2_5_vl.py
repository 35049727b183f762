stub: upstream file of 47171 bytes
