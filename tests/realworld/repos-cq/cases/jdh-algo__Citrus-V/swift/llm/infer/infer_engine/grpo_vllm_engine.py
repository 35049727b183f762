stub: upstream file of 9821 bytes
