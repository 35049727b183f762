stub: upstream file of 17336 bytes
