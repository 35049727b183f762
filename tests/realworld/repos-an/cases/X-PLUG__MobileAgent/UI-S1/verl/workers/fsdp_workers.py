stub: upstream file of 74150 bytes
