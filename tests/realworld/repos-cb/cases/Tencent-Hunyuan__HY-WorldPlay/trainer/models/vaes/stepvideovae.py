stub: upstream file of 42217 bytes
