stub: upstream file of 34838 bytes
