stub: upstream file of 9622 bytes
