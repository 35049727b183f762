stub: upstream file of 21290 bytes
