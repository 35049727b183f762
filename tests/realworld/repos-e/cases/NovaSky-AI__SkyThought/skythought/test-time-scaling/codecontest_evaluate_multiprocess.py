stub: upstream file of 21139 bytes
