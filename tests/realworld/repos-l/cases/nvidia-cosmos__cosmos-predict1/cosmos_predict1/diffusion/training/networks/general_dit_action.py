stub: upstream file of 23538 bytes
