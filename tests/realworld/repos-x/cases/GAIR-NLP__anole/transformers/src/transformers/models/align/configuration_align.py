stub: upstream file of 18098 bytes
