stub: upstream file of 14954 bytes
