stub: upstream file of 15055 bytes
