stub: upstream file of 26416 bytes
