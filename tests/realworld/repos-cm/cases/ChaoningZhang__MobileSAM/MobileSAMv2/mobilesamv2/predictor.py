stub: upstream file of 15508 bytes
