stub: upstream file of 19845 bytes
