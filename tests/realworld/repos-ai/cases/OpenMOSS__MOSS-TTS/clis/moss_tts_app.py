stub: upstream file of 23190 bytes
