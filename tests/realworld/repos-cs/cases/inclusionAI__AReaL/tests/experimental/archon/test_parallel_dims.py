stub: upstream file of 13599 bytes
