stub: upstream file of 7646 bytes
