stub: upstream file of 9281 bytes
