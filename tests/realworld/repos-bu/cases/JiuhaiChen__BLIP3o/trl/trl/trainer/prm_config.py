stub: upstream file of 5175 bytes
