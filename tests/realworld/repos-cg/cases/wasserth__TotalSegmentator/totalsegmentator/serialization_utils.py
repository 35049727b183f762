stub: upstream file of 3743 bytes
