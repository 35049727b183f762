stub: upstream file of 15119 bytes
