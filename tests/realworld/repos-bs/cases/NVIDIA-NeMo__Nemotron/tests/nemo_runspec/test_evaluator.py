stub: upstream file of 10706 bytes
