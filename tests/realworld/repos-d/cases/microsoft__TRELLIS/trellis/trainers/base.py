stub: upstream file of 15515 bytes
