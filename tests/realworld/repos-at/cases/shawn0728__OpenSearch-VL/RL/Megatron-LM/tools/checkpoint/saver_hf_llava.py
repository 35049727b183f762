stub: upstream file of 17624 bytes
