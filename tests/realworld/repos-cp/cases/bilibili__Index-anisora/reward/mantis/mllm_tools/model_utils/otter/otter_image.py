stub: upstream file of 4632 bytes
