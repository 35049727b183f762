stub: upstream file of 7027 bytes
