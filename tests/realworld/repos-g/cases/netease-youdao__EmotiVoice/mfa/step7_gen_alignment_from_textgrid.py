stub: upstream file of 9988 bytes
