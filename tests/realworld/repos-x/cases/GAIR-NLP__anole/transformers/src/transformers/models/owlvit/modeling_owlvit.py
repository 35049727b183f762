stub: upstream file of 75629 bytes
