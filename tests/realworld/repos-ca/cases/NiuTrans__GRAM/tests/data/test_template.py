stub: upstream file of 15718 bytes
