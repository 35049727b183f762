stub: upstream file of 11033 bytes
