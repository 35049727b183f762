stub: upstream file of 50564 bytes
