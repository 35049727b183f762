stub: upstream file of 44707 bytes
