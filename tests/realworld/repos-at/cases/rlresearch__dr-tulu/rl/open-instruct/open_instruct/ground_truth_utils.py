stub: upstream file of 57903 bytes
