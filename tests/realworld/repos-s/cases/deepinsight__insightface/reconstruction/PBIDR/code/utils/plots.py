stub: upstream file of 17365 bytes
