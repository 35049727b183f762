stub: upstream file of 5139 bytes
