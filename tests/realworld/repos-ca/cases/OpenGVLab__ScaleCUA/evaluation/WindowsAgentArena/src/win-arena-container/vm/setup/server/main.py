stub: upstream file of 70840 bytes
