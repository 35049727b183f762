stub: upstream file of 32347 bytes
