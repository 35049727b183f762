stub: upstream file of 17671 bytes
