stub: upstream file of 15753 bytes
