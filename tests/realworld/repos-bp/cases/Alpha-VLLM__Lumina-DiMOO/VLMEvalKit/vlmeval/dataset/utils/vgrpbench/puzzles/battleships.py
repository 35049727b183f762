stub: upstream file of 7142 bytes
