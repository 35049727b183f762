stub: upstream file of 7954 bytes
