stub: upstream file of 13842 bytes
