stub: upstream file of 17203 bytes
