stub: upstream file of 2561 bytes
