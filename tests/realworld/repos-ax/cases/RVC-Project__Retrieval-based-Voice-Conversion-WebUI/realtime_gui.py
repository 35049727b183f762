stub: upstream file of 45339 bytes
