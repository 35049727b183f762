stub: upstream file of 11163 bytes
