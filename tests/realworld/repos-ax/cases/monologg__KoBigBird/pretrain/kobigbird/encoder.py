stub: upstream file of 22149 bytes
