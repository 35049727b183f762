stub: upstream file of 32831 bytes
