stub: upstream file of 91444 bytes
