stub: upstream file of 24686 bytes
