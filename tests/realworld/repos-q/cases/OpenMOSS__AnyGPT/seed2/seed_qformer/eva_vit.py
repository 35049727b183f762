stub: upstream file of 20444 bytes
