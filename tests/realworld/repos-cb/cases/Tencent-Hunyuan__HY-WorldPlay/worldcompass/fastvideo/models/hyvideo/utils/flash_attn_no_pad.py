stub: upstream file of 7785 bytes
