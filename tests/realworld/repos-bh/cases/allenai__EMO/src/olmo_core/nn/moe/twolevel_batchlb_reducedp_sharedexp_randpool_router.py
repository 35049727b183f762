stub: upstream file of 24820 bytes
