stub: upstream file of 31559 bytes
