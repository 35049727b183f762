stub: upstream file of 12917 bytes
