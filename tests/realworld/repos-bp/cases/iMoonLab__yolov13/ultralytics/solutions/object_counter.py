stub: upstream file of 9641 bytes
