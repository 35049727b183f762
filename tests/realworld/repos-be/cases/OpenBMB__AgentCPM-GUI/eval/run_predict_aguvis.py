stub: upstream file of 23111 bytes
