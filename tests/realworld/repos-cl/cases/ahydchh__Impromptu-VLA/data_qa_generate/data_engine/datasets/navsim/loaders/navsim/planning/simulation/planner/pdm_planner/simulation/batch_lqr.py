stub: upstream file of 22148 bytes
