stub: upstream file of 15191 bytes
