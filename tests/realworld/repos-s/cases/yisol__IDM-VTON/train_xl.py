stub: upstream file of 37119 bytes
