stub: upstream file of 26331 bytes
