stub: upstream file of 25321 bytes
