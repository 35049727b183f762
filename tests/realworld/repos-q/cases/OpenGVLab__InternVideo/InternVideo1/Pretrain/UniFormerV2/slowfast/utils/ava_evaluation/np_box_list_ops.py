stub: upstream file of 21645 bytes
