stub: upstream file of 11825 bytes
