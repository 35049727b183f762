stub: upstream file of 4550 bytes
