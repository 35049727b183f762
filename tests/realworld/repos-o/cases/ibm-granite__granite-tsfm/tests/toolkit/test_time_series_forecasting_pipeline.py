stub: upstream file of 16386 bytes
