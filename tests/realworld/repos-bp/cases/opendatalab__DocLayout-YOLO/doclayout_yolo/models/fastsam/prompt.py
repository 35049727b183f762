stub: upstream file of 16171 bytes
