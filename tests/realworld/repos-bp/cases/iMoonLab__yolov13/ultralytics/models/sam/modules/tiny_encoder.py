stub: upstream file of 41372 bytes
