stub: upstream file of 23656 bytes
