stub: upstream file of 42643 bytes
