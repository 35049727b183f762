stub: upstream file of 37052 bytes
