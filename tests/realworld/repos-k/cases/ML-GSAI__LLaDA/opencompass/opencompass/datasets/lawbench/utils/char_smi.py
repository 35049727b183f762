stub: upstream file of 15759 bytes
