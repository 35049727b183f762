stub: upstream file of 11952 bytes
