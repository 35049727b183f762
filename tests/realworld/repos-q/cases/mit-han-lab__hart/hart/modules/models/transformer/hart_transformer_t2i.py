stub: upstream file of 32477 bytes
