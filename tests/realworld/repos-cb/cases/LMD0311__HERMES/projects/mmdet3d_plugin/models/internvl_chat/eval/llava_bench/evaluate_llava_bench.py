stub: upstream file of 5588 bytes
