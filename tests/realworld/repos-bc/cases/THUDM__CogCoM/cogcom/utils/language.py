stub: upstream file of 15027 bytes
