stub: upstream file of 13874 bytes
