stub: upstream file of 21416 bytes
