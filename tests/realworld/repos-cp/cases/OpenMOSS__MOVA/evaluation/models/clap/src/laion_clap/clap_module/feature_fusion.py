stub: upstream file of 7182 bytes
