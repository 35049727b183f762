stub: upstream file of 41378 bytes
