stub: upstream file of 29538 bytes
