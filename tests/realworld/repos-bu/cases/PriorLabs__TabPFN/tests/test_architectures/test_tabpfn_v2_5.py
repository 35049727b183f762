stub: upstream file of 11515 bytes
