stub: upstream file of 24795 bytes
