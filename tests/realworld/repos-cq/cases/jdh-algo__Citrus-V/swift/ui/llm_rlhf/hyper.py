stub: upstream file of 143 bytes
