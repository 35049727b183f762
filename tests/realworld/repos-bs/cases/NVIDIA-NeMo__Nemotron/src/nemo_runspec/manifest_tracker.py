stub: upstream file of 13515 bytes
