stub: upstream file of 18116 bytes
