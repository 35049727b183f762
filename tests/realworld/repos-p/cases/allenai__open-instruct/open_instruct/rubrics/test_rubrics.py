stub: upstream file of 44913 bytes
