stub: upstream file of 44781 bytes
