stub: upstream file of 15146 bytes
