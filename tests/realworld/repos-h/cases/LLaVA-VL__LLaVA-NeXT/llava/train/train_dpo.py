stub: upstream file of 85421 bytes
