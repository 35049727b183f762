stub: upstream file of 26205 bytes
