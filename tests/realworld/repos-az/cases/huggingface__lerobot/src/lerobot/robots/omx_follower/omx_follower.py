stub: upstream file of 9812 bytes
