stub: upstream file of 23672 bytes
