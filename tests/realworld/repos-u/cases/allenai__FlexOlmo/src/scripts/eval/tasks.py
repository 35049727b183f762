stub: upstream file of 10840 bytes
