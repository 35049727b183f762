stub: upstream file of 50613 bytes
