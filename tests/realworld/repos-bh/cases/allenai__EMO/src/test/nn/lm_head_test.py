stub: upstream file of 9985 bytes
