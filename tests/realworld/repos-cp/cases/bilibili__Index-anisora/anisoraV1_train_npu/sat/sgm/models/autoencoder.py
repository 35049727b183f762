stub: upstream file of 23838 bytes
