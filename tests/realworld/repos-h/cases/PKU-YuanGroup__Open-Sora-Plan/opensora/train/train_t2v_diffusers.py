stub: upstream file of 60704 bytes
