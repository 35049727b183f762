stub: upstream file of 66361 bytes
