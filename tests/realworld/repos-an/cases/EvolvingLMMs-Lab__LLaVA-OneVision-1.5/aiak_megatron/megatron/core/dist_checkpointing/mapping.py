stub: upstream file of 28764 bytes
