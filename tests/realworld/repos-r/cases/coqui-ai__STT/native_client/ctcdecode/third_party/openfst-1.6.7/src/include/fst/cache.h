stub: upstream file of 41486 bytes
