stub: upstream file of 1717 bytes
