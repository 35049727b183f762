stub: upstream file of 14978 bytes
