stub: upstream file of 18602 bytes
