stub: upstream file of 7839 bytes
