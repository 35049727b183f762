stub: upstream file of 15438 bytes
