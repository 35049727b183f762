stub: upstream file of 14427 bytes
