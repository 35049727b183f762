stub: upstream file of 8416 bytes
