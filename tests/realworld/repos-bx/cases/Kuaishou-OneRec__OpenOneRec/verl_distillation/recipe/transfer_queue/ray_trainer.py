stub: upstream file of 91136 bytes
