stub: upstream file of 103771 bytes
