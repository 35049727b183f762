stub: upstream file of 25952 bytes
