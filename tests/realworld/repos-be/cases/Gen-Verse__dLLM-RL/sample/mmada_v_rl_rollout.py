stub: upstream file of 26757 bytes
