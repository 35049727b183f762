stub: upstream file of 538 bytes
