stub: upstream file of 10230 bytes
