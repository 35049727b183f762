stub: upstream file of 19781 bytes
