stub: upstream file of 44122 bytes
