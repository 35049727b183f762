stub: upstream file of 7165 bytes
