stub: upstream file of 33104 bytes
