stub: upstream file of 30028 bytes
