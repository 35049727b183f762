stub: upstream file of 12629 bytes
