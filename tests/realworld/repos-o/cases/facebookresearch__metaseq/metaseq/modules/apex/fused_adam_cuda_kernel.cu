stub: upstream file of 37033 bytes
