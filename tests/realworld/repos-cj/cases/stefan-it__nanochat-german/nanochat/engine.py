stub: upstream file of 15483 bytes
