stub: upstream file of 1923 bytes
