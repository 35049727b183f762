stub: upstream file of 65570 bytes
