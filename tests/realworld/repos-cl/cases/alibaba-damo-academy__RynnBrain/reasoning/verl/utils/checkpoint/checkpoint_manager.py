stub: upstream file of 8781 bytes
