stub: upstream file of 26600 bytes
