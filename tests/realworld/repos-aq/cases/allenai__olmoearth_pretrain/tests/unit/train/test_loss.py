stub: upstream file of 50672 bytes
