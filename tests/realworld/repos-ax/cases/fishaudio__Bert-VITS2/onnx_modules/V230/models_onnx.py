stub: upstream file of 33823 bytes
