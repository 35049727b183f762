stub: upstream file of 28744 bytes
