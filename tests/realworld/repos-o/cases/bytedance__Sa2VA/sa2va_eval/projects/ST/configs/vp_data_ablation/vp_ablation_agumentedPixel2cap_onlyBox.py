stub: upstream file of 19216 bytes
