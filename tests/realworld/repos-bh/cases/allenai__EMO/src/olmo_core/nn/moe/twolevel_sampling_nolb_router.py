stub: upstream file of 10682 bytes
