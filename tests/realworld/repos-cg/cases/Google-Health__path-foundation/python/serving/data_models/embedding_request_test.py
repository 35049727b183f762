stub: upstream file of 4422 bytes
