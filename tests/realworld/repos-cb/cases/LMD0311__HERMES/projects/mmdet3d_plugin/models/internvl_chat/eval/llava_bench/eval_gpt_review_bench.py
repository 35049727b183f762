stub: upstream file of 4143 bytes
