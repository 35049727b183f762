stub: upstream file of 2747 bytes
