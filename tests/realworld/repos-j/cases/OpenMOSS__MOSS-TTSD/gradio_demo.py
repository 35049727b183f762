stub: upstream file of 28717 bytes
