stub: upstream file of 10189 bytes
