stub: upstream file of 31798 bytes
