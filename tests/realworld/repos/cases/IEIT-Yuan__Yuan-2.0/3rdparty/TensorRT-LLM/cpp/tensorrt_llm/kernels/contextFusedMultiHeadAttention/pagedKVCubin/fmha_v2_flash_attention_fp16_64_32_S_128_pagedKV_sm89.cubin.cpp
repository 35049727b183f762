stub: upstream file of 406548 bytes
