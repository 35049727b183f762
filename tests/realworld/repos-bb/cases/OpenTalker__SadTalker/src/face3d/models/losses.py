stub: upstream file of 4171 bytes
