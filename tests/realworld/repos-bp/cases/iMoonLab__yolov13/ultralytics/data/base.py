stub: upstream file of 15196 bytes
