stub: upstream file of 7624 bytes
