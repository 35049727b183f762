stub: upstream file of 15461 bytes
