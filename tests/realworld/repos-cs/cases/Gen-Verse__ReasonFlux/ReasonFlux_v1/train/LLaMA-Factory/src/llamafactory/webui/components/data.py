stub: upstream file of 4538 bytes
