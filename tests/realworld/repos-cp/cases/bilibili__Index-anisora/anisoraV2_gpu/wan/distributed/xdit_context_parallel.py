stub: upstream file of 5915 bytes
