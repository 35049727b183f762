stub: upstream file of 36840 bytes
