stub: upstream file of 24673 bytes
