stub: upstream file of 19593 bytes
