stub: upstream file of 26587 bytes
