stub: upstream file of 43682 bytes
