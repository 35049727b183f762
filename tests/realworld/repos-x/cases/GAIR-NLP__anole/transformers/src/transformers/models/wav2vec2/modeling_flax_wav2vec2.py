stub: upstream file of 57402 bytes
