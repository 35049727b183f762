stub: upstream file of 45705 bytes
