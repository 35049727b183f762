stub: upstream file of 17821 bytes
