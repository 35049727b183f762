stub: upstream file of 21302 bytes
