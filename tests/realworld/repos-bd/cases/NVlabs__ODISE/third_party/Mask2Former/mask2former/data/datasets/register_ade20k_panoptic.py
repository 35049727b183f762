stub: upstream file of 19790 bytes
