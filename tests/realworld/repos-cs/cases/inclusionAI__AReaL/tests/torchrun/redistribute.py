stub: upstream file of 2033 bytes
