stub: upstream file of 5060 bytes
