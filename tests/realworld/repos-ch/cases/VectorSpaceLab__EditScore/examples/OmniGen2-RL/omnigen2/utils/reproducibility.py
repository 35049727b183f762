stub: upstream file of 603 bytes
