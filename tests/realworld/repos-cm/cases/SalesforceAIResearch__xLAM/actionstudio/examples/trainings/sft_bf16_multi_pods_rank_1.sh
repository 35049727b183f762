stub: upstream file of 5760 bytes
