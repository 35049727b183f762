stub: upstream file of 11766 bytes
