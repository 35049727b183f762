stub: upstream file of 16710 bytes
