stub: upstream file of 5906 bytes
