stub: upstream file of 74582 bytes
