stub: upstream file of 5116 bytes
