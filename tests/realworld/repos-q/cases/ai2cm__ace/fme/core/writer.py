stub: upstream file of 15451 bytes
