stub: upstream file of 747 bytes
