stub: upstream file of 15569 bytes
