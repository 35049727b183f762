stub: upstream file of 4943 bytes
