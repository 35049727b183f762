stub: upstream file of 58982 bytes
