stub: upstream file of 8545 bytes
