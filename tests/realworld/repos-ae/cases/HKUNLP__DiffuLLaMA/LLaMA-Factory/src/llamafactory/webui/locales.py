stub: upstream file of 67494 bytes
