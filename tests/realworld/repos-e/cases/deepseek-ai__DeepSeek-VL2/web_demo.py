stub: upstream file of 21629 bytes
