stub: upstream file of 23901 bytes
