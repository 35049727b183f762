stub: upstream file of 11982 bytes
