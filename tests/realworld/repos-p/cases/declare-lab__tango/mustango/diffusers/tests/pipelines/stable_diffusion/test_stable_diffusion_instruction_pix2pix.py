stub: upstream file of 13743 bytes
