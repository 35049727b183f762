stub: upstream file of 39027 bytes
