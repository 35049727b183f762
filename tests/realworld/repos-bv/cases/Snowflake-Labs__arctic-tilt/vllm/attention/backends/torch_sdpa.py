stub: upstream file of 27116 bytes
