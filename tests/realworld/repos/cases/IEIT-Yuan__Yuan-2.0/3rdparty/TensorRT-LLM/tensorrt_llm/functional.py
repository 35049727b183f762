stub: upstream file of 152708 bytes
