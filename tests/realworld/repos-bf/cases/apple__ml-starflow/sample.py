stub: upstream file of 17342 bytes
