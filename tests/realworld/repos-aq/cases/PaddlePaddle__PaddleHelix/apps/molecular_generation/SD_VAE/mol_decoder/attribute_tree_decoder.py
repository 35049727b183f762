stub: upstream file of 23085 bytes
