stub: upstream file of 11804 bytes
