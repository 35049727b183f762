stub: upstream file of 15494 bytes
