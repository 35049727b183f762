stub: upstream file of 22059 bytes
