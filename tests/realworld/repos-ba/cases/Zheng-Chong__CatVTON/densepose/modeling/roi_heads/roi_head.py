stub: upstream file of 9055 bytes
