stub: upstream file of 15981 bytes
