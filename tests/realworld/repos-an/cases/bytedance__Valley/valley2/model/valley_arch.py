stub: upstream file of 37191 bytes
