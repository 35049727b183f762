stub: upstream file of 21154 bytes
