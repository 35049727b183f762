stub: upstream file of 28624 bytes
