stub: upstream file of 29479 bytes
