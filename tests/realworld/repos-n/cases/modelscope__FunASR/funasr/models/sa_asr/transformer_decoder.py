stub: upstream file of 32853 bytes
