stub: upstream file of 26684 bytes
