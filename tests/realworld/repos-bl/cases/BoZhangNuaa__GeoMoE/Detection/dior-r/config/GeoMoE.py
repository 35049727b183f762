stub: upstream file of 9887 bytes
