stub: upstream file of 41987 bytes
