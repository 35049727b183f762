stub: upstream file of 34139 bytes
