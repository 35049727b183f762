stub: upstream file of 21207 bytes
