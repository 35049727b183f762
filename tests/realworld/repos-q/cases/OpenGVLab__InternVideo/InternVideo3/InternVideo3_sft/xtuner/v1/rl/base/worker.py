stub: upstream file of 66433 bytes
