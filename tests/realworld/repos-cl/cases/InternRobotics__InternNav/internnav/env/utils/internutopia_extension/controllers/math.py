stub: upstream file of 3941 bytes
