stub: upstream file of 25733 bytes
