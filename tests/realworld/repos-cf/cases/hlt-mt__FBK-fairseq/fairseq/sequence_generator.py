stub: upstream file of 42336 bytes
