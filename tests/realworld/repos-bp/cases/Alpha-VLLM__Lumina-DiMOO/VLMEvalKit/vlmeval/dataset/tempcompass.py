stub: upstream file of 25596 bytes
