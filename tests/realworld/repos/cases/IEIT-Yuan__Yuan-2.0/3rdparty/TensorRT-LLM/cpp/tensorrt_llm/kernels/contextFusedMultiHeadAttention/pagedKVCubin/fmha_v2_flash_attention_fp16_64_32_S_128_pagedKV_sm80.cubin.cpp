stub: upstream file of 410496 bytes
