stub: upstream file of 33815 bytes
