stub: upstream file of 19538 bytes
