stub: upstream file of 19238 bytes
