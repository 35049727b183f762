stub: upstream file of 6740 bytes
