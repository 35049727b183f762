stub: upstream file of 28149 bytes
