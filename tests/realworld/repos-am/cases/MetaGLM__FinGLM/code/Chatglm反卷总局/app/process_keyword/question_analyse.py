stub: upstream file of 15479 bytes
