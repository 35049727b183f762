stub: upstream file of 10886 bytes
