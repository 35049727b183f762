stub: upstream file of 5710 bytes
