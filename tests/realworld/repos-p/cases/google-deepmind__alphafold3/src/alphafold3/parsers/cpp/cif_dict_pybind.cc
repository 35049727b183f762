stub: upstream file of 24680 bytes
