stub: upstream file of 40777 bytes
