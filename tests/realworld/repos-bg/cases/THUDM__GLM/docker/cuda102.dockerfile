stub: upstream file of 10203 bytes
