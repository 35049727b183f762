stub: upstream file of 27999 bytes
