stub: upstream file of 318152 bytes
