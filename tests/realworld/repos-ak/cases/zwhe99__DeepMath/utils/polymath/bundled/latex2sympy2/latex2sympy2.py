stub: upstream file of 40624 bytes
