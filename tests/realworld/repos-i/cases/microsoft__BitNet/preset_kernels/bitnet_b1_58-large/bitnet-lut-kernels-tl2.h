stub: upstream file of 74987 bytes
