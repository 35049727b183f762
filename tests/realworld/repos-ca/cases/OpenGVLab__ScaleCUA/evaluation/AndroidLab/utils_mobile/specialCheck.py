stub: upstream file of 26565 bytes
