stub: upstream file of 1955 bytes
