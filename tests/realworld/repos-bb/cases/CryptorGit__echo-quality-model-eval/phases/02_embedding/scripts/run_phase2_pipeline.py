stub: upstream file of 32813 bytes
