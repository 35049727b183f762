stub: upstream file of 34825 bytes
