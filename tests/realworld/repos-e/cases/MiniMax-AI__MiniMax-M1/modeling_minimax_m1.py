stub: upstream file of 75036 bytes
