stub: upstream file of 31955 bytes
