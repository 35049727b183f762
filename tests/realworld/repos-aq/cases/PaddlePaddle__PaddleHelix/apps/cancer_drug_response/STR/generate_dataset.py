stub: upstream file of 15906 bytes
