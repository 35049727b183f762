stub: upstream file of 32421 bytes
