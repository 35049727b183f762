stub: upstream file of 25744 bytes
