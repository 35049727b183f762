stub: upstream file of 20175 bytes
